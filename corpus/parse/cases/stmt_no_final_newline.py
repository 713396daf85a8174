# tests: the last statement has no newline; the last block has no newline
# expect 3.0-3.15: ok
x = 1
if x:
    y = 2