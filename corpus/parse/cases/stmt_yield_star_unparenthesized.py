# tests: `yield *a, b` without parentheses (3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
def f():
    yield *a, b
