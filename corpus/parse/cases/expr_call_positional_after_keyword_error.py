# tests: `f(a=1, b)`
# expect 3.0-3.15: error
f(a=1, b)
