# tests: `await = 1` inside async def is an error from 3.5
# expect 3.0-3.4: ok
# expect 3.5-3.15: error
async def f():
    await = 1
