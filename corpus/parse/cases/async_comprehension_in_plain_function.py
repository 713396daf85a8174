# tests: `[x async for x in y]` in a plain function: parses from 3.7 (compiler error)
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
def f():
    return [x async for x in y]
