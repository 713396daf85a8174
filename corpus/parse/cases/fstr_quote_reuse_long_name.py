# tests: the same quote inside a field, a longer name after the split f-string (PEP 701, 3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
f'{'abc'}'
