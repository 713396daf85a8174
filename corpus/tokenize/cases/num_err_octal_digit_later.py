# tests: an invalid digit after valid octal digits
# expect 3.0-3.15: error
# level: parser 3.0-3.7 (NUMBER `0o1` then NUMBER `9` before 3.8)
x = 0o17
y = 0o19
