# tests: `def f(/)`
# expect 3.0-3.15: error
def f(/): pass
