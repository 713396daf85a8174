# tests: a backslash-newline joins lines (no NEWLINE/NL token)
# expect 3.0-3.15: ok
x = 1 + \
    2
if x and \
   y:
    pass
