# tests: `else` at the start of a statement
# expect 3.0-3.15: error
else:
    pass
