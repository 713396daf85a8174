# tests: INDENT/DEDENT for nested blocks, dedent of several levels at once
# expect 3.0-3.15: ok
if x:
    y = 1
    if z:
        w = 2
v = 3
