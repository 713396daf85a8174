# tests: `with a as b, c` without its colon
# expect 3.0-3.15: error
with a as b, c
    pass
