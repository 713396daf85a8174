# tests: the = specifier in f-strings (3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
f'{x=}'
