# tests: type parameter lists (PEP 695, 3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
class C[T]:
    pass
