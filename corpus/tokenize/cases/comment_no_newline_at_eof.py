# tests: a final comment without a newline
# expect 3.0-3.15: ok
x = 1
# last