# tests: `except E as e` without its colon
# expect 3.0-3.15: error
try:
    pass
except E as e
    pass
