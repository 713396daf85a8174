# tests: Python 2's `[x for x in 1, 2]`
# expect 3.0-3.15: error
[x for x in 1, 2]
