# tests: `await x` in a plain def nested in an async def (3.5/3.6 tokenizer keeps the keyword)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
async def f():
    def g():
        await x
