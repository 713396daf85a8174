# tests: t-strings (PEP 750, 3.14+)
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
t'{x}'
