# tests: `nonlocal` at module level is a symtable error: ast.parse accepts
# expect 3.0-3.15: ok
nonlocal x
