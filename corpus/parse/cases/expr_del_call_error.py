# tests: `del f()`
# expect 3.0-3.15: error
del f()
