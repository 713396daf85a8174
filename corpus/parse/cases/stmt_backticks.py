# tests: Python 2's backquotes
# expect 3.0-3.15: error
x = `y`
