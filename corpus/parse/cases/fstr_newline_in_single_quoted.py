# tests: a line break inside the expression of a single-quoted f-string (3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
x = f'{a +
b}'
