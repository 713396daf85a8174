# tests: positions of starred targets, unary operators and await
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
a, *b = - c
async def f():
    return not await x
