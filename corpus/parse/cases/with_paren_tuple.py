# tests: `with (a, b):` one withitem holding a Tuple up to 3.8, two withitems from 3.9
# expect 3.0-3.15: ok
with (a, b):
    pass
