# tests: positions of with items and their targets (several items: 3.1+)
# expect 3.0: error
# expect 3.1-3.15: ok
with a as b, c(d) as (e, f):
    pass
