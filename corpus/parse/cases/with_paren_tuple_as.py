# tests: `with (a, b) as c:` is one Tuple item everywhere
# expect 3.0-3.15: ok
with (a, b) as c:
    pass
