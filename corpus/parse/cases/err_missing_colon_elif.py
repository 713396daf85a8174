# tests: `elif y` without its colon
# expect 3.0-3.15: error
if x:
    pass
elif y
    pass
