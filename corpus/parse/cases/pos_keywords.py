# tests: keyword and **kwargs positions (keyword has positions from 3.9)
# expect 3.0-3.15: ok
f(a=1, **b, c=(2))
class C(metaclass=M, **kw): pass
