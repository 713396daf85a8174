# tests: `1e` has no exponent digits
# expect 3.0-3.15: error
# level: parser 3.0-3.9 (NUMBER `1` then NAME `e` until 3.10 checks the end of a number)
x = 1e
