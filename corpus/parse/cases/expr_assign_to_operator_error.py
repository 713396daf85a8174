# tests: `a + b = c`
# expect 3.0-3.15: error
a + b = c
