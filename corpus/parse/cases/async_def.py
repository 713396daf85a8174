# tests: async def, await, async for, async with (PEP 492, 3.5+)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with c as d, e:
        pass
