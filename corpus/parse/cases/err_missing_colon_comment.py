# tests: a header without its colon, then a comment
# expect 3.0-3.15: error
if x  # c
    pass
