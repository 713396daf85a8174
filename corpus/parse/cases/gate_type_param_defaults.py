# tests: type parameter defaults (PEP 696, 3.13+)
# expect 3.0-3.12: error
# expect 3.13-3.15: ok
def f[T = int]():
    pass
