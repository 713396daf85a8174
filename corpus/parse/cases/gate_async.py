# tests: async def / async for / async with (PEP 492)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    async with a:
        pass
