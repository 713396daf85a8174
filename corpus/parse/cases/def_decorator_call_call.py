# tests: `@a(b)(c)` (PEP 614, 3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
@a(b)(c)
def f():
    pass
