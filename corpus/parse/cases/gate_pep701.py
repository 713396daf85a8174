# tests: an f-string reusing its quote inside a field (PEP 701, 3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
f'{'a'}'
