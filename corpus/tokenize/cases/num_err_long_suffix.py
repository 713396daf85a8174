# tests: the Python 2 `L` suffix
# expect 3.0-3.15: error
# level: parser 3.0-3.9
x = 10L
