# tests: backslash continuation lines
# expect 3.0-3.15: ok
x = 1 + \
    2
if a and \
   b:
    pass
