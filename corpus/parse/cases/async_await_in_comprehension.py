# tests: await inside a comprehension of an async def
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    return [await x for x in y]
