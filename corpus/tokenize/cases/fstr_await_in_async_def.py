# tests: `await` inside an f-string in an async def: 3.6 re-tokenized it without async context
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
# level: parser
async def f():
    return f'{await a}'
