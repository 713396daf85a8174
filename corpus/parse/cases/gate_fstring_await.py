# tests: await inside an f-string expression (3.7+)
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
async def f():
    return f'{await x}'
