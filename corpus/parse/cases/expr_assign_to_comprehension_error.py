# tests: `[x for x in y] = 1`
# expect 3.0-3.15: error
[x for x in y] = 1
