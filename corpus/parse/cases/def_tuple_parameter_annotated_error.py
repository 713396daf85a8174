# tests: parenthesized parameters with annotations and a trailing comma
# expect 3.0-3.15: error
def f(a: int, (b: int, c),): pass
