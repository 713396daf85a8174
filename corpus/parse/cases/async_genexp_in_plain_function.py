# tests: an async generator expression in a plain function: 3.7+
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
def f():
    return (x async for x in y)
