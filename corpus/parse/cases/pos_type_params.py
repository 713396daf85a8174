# tests: positions of type parameters
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
def f[T: int, *Ts, **P](): pass
class C[
    T,
]: pass
