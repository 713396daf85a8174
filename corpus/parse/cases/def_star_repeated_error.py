# tests: two `*` parameters
# expect 3.0-3.15: error
def f(*a, *b): pass
