# tests: a continuation line's leading whitespace is not indentation
# expect 3.0-3.15: ok
if x:
    y = 1 + \
2
    z = 3
