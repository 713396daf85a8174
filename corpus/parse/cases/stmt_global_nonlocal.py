# tests: global and nonlocal with one and several names
# expect 3.0-3.15: ok
def f():
    global a
    global b, c
    def g():
        nonlocal d
        nonlocal e, f
