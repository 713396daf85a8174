# tests: Python 2's tuple parameters
# expect 3.0-3.15: error
def f(a, (b, c)):
    pass
