# tests: a string expression in a nested format spec field
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{x:{"a"}}'
