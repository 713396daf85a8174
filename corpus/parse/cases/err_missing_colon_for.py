# tests: `for x in y` without its colon
# expect 3.0-3.15: error
for x in y
    pass
