# tests: async def with await, async with, async for (3.5+)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
# level: parser
async def f():
    await x
    async with a as b:
        pass
    async for i in c:
        pass
