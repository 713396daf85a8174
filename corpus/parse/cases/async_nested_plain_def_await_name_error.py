# tests: `await = 1` in a plain def nested in an async def: an error from 3.5 (and before, async def itself)
# expect 3.0-3.15: error
async def f():
    def g():
        await = 1
