# tests: a repeated keyword argument passes ast.parse from 3.9 (the compiler rejects it)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
f(a=1, a=2)
