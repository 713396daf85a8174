# tests: `await` as a name inside an async def is rejected (3.5+)
# expect 3.0-3.4: error
# expect 3.5-3.15: error
# level: parser
async def f():
    await = 1
