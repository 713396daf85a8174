# tests: `with (a):` and `with (a) as b:`
# expect 3.0-3.15: ok
with (a):
    pass
with (a) as b:
    pass
