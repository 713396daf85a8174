# tests: `f(a.b.c=1, x)`
# expect 3.0-3.15: error
f(a.b.c=1, x)
