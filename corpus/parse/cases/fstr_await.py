# tests: await in an f-string in an async def: an error in 3.6
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
async def f():
    return f'{await x}'
