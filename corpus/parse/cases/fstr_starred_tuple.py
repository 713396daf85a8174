# tests: a starred tuple as f-string expression
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{*a,}'
