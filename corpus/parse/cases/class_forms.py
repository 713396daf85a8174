# tests: class without and with bases
# expect 3.0-3.15: ok
class A: pass
class B():
    pass
class C(A, B):
    x = 1
