# tests: a form feed in indentation
# expect 3.0-3.15: ok
if x:
    y = 1
z = 2
