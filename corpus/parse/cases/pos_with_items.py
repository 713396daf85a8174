# tests: positions of with items and their targets
# expect 3.0-3.15: ok
with a as b, c(d) as (e, f):
    pass
