# tests: a bare `*` must be followed by a named parameter
# expect 3.0-3.15: error
def f(*):
    pass
