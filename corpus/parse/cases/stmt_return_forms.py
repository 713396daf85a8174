# tests: return without value, with a value, with a tuple
# expect 3.0-3.15: ok
def f():
    return
    return 1
    return 1, 2
    return (1, 2)
