# tests: type parameter defaults (PEP 696, 3.13+): TypeVar.default_value
# expect 3.0-3.12: error
# expect 3.13-3.15: ok
def f[T = int, *Ts = *tuple[int], **P = [int]]():
    pass
class C[T: int = bool]: pass
type A[T = str] = T
