# tests: annotated assignment with a yield value (3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
def f():
    x: int = yield
    y: int = yield 1
