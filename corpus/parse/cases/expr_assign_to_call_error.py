# tests: `f() = 1`
# expect 3.0-3.15: error
f() = 1
