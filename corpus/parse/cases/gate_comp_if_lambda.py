# tests: `[x for x in y if lambda: 1]` up to 3.8
# expect 3.0-3.8: ok
# expect 3.9-3.15: error
[x for x in y if lambda: 1]
