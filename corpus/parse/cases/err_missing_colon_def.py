# tests: `def f() -> int` without its colon
# expect 3.0-3.15: error
def f() -> int
    pass
