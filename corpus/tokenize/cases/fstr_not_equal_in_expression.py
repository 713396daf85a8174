# tests: `!=` inside a field is an operator, not a conversion
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f'{a!=b}'
