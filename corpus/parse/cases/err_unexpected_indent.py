# tests: unexpected indent
# expect 3.0-3.15: error IndentationError
x = 1
    y = 2
