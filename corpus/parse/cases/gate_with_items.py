# tests: two context managers in one with statement (3.1+)
# expect 3.0: error
# expect 3.1-3.15: ok
with a as x, b as y:
    pass
