# tests: `async with x` without its colon
# expect 3.0-3.15: error
async def f():
    async with x
        pass
