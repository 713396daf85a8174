# tests: the `=` specifier with a nested format spec field
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
x = f'{x=:{w}}'
