# tests: a decorated async def
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
# level: parser
@d
async def f():
    await x
