# tests: with, with as, with as a tuple
# expect 3.0-3.15: ok
with a:
    pass
with a as b:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
