# tests: a backslash-newline followed by end of input
# expect 3.0-3.15: error
x = 1 + \
