# tests: a bare `except` without its colon
# expect 3.0-3.15: error
try:
    pass
except
    pass
