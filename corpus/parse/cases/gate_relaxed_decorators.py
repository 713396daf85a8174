# tests: any expression as a decorator (PEP 614, 3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
@buttons[0].clicked.connect
def f():
    pass
