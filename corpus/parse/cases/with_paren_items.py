# tests: parenthesized context managers with `as` (3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
