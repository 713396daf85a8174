# tests: `with (a, b,):` like `with (a, b):`
# expect 3.0-3.15: ok
with (a, b,):
    pass
