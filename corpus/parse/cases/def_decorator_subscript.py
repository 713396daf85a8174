# tests: `@a[0]` (PEP 614, 3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
@a[0]
def f():
    pass
