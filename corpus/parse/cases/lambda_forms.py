# tests: lambda without parameters, with every kind of parameter
# expect 3.0-3.15: ok
lambda: 0
lambda x: x
lambda x, y=1: x
lambda *a, **k: 0
lambda a, b=1, *c, d, e=2, **f: 0
lambda *, a: a
