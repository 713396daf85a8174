# tests: any expression as decorator (PEP 614, 3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
@x or y
@lambda f: f
@buttons[0].clicked.connect
@x := y
@(yield)
def f():
    pass
