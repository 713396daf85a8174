# tests: `True = 1`
# expect 3.0-3.15: error
True = 1
