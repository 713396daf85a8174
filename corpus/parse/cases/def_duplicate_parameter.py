# tests: `def f(a, a)` is a symtable error: ast.parse accepts
# expect 3.0-3.15: ok
def f(a, a):
    pass
