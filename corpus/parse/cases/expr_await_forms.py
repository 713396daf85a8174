# tests: await binds tighter than unary minus and power's left side
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    await x
    await x.y()
    -await x
    await x ** 2
    await (await x)
