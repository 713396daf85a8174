# tests: `import *` in a function is a symtable error: ast.parse accepts
# expect 3.0-3.15: ok
def f():
    from a import *
