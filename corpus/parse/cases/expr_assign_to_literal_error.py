# tests: `1 = x`
# expect 3.0-3.15: error
1 = x
