# tests: decorators of the pre-3.9 grammar: dotted names, calls
# expect 3.0-3.15: ok
@a
@a.b.c
@a(1)
@a.b(c, d=1)
def f():
    pass
