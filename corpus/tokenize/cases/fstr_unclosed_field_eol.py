# tests: a field left open at the end of a single-quoted f-string line
# expect 3.0-3.15: error
# level: parser 3.0-3.5
x = f'{a
