# tests: `for x in *a, *b:` (3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
for x in *a, *b:
    pass
