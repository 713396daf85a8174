# tests: `f(**a, *b)`
# expect 3.0-3.15: error
f(**a, *b)
