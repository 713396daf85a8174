# tests: type parameters of classes with bounds and constraints (3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
class C[T: int, U: (str, bytes)](Base):
    pass
