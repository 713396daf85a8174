# tests: a parameter without default after one with a default
# expect 3.0-3.15: error
def f(a=1, b):
    pass
