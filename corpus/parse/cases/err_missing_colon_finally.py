# tests: `finally` without its colon
# expect 3.0-3.15: error
try:
    pass
finally
    pass
