# tests: `async for` outside async def: 3.7+ parses (compiler error)
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
async for x in y:
    pass
