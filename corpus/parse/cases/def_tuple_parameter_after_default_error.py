# tests: parenthesized parameters after a default
# expect 3.0-3.15: error
def f(a=1, (b, c)): pass
