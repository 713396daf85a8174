# tests: a line break inside a field of a single-quoted f-string (3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
# level: parser 3.0-3.5
x = f'{a +
b}'
