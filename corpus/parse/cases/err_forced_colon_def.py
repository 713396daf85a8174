# tests: `def f() pass`: the colon is a forced token
# expect 3.0-3.15: error
def f() pass
