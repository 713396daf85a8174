# tests: trailing comma after plain parameters
# expect 3.0-3.15: ok
def f(a, b,):
    pass
