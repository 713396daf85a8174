# tests: `return (*a, b)` (any version)
# expect 3.0-3.15: ok
def f():
    return (*a, b)
