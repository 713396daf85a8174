# tests: `await = 1` inside async def: an error from 3.5 (and before, async def itself)
# expect 3.0-3.15: error
async def f():
    await = 1
