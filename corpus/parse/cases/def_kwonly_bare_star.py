# tests: keyword-only parameters after a bare `*`
# expect 3.0-3.15: ok
def f(a, *, b, c=1):
    pass
