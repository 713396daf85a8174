# tests: positions of parenthesized yield
# expect 3.0-3.15: ok
def f():
    x = (yield)
    y = (yield 1)
    f((yield))
