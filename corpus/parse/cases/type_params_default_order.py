# tests: a parameter without default after one with a default: the compiler's error
# expect 3.0-3.12: error
# expect 3.13-3.15: ok
def f[T = int, U]():
    pass
