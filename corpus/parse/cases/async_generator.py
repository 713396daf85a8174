# tests: yield inside async def (3.5: compiler error; parses)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    yield 1
