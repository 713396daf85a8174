# tests: await in async def (PEP 492)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    await x
