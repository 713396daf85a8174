# tests: `type X = ...` (PEP 695, 3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
type X = int
type Y[T] = list[T]
type Z[*Ts, **P] = Callable[P, tuple[*Ts]]
