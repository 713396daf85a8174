# tests: positional-only parameters with defaults
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
def f(a, b=1, /, c=2, *args, d, **kw):
    pass
