# tests: yield from (PEP 380, 3.3+)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
def f():
    yield from x
