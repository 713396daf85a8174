# tests: Python 2's tuple parameters in a lambda
# expect 3.0-3.15: error
f = lambda a, (b, c): 0
