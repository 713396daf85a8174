# tests: `def f(*, **kw)`
# expect 3.0-3.15: error
def f(*, **kw):
    pass
