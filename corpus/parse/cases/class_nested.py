# tests: nested classes and methods
# expect 3.0-3.15: ok
class A:
    class B:
        def f(self):
            class C:
                pass
    def g(self): pass
