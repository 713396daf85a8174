# tests: `@` for decorators, every version
# expect 3.0-3.15: ok
@dec
def f(): pass
