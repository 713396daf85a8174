# tests: type comments on async def, async for, async with
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
# options: type_comments
async def f():  # type: () -> None
    async for x in y:  # type: int
        pass
    async with a as b:  # type: int
        pass
