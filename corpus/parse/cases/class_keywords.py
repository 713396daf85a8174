# tests: class keyword arguments, metaclass, *bases, **kw (3.0+)
# expect 3.0-3.15: ok
class A(B, metaclass=M, **kw): pass
class C(*bases, x=1): pass
