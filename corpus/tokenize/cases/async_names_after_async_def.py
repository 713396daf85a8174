# tests: after an async def ends, async/await are names again in 3.5/3.6
# expect 3.0-3.4: error
# expect 3.5-3.6: ok
# expect 3.7-3.15: error
# level: parser
async def f():
    pass
await = 1
async = 2
