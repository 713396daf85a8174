# tests: `for x in a, b:` (any version)
# expect 3.0-3.15: ok
for x in a, b:
    pass
