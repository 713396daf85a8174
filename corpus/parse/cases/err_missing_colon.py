# tests: a missing colon after if
# expect 3.0-3.15: error
if x
    pass
