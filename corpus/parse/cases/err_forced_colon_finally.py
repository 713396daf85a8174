# tests: `finally pass`: the colon is a forced token
# expect 3.0-3.15: error
try:
    pass
finally pass
