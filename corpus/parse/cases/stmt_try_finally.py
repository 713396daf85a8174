# tests: try / finally without handlers
# expect 3.0-3.15: ok
try:
    a
finally:
    b
