# tests: `lambda: await x` inside an async def (compiler error)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    return lambda: await x
