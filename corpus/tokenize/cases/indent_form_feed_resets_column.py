# tests: a form feed at the start of a line resets the indentation column
# expect 3.0-3.15: ok
if x:
    a = 1
    b = 2
