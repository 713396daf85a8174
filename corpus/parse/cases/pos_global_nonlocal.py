# tests: positions of global, nonlocal and pass
# expect 3.0-3.15: ok
def f():
    global a, b
    def g():
        nonlocal c
        pass
