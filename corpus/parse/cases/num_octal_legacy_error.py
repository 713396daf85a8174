# tests: Python 2's `0777`
# expect 3.0-3.15: error
x = 0777
