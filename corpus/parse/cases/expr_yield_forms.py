# tests: yield as a statement and an expression
# expect 3.0-3.15: ok
def f():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    f((yield))
    x = yield from_
