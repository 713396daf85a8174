# tests: `def f(a, /)`
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
def f(a, /):
    pass
