# tests: a trailing comma after *args in def (3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
def f(*args,):
    pass
