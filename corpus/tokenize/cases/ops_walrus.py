# tests: `:=` (PEP 572, 3.8+; before, COLON then EQUAL)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
# level: parser
if (n := 10) > 5:
    pass
