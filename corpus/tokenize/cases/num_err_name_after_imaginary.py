# tests: a name glued to an imaginary literal
# expect 3.0-3.15: error
# level: parser 3.0-3.9
x = 1jx
