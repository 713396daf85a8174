# tests: positional-only parameters (PEP 570, 3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
def f(a, /):
    pass
