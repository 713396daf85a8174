# tests: assignment expressions (PEP 572, 3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
if (n := 10) > 5:
    pass
