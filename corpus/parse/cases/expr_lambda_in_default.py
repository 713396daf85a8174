# tests: lambdas as defaults and in conditional expressions
# expect 3.0-3.15: ok
def f(a=lambda: 1, b=lambda x, *y: x):
    return lambda: (yield)
x = lambda: 1 if a else lambda: 2
