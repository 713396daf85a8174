# tests: no indented block after async for
# expect 3.0-3.15: error IndentationError
async def f():
    async for x in y:
    pass
