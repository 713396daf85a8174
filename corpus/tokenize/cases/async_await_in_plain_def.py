# tests: `await x` in a plain function: two names before 3.7, parses from 3.7 (the compiler rejects it)
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
# level: parser
def f():
    await x
