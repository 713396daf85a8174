# tests: a plain def nested in an async def keeps await a keyword in 3.5/3.6 (indentation based)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
# level: parser
async def f():
    def g():
        await x
