# tests: a lone `!` outside f-strings
# expect 3.0-3.15: error
# level: parser
x = !a
