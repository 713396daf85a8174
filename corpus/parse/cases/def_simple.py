# tests: def without parameters; one-line body
# expect 3.0-3.15: ok
def f(): pass
def g():
    pass
