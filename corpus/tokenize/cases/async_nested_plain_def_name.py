# tests: `await = 1` in a plain def nested in an async def is an error in 3.5/3.6
# expect 3.0-3.4: error
# expect 3.5-3.6: error
# expect 3.7-3.15: error
# level: parser
async def f():
    def g():
        await = 1
