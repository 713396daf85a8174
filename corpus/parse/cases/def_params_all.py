# tests: positional, default, *args, keyword-only, **kwargs
# expect 3.0-3.15: ok
def f(a, b=1, *args, c, d=2, **kw):
    pass
