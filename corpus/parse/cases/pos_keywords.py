# tests: keyword and **kwargs positions (keyword has positions from 3.9; a keyword after **b is 3.5+)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
f(a=1, **b, c=(2))
class C(metaclass=M, **kw): pass
