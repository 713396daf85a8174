# tests: type parameters of functions (3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
def f[T, *Ts, **P](x: T) -> T:
    pass
async def g[T](): pass
