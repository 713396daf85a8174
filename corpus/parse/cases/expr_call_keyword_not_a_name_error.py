# tests: `f(a.b=1)`
# expect 3.0-3.15: error
f(a.b=1)
