# tests: `*a = b`: the compiler's error, ast.parse accepts
# expect 3.0-3.15: ok
*a = b
