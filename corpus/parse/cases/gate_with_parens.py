# tests: parenthesized context managers (3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
with (a as b, c as d):
    pass
