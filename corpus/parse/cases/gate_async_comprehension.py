# tests: async for in a comprehension (PEP 530, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
async def f():
    return [x async for x in y]
