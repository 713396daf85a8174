# tests: `None = 1`
# expect 3.0-3.15: error
None = 1
