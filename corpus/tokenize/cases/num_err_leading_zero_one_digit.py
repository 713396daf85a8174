# tests: `012`: leading zero before non-zero digits
# expect 3.0-3.15: error
x = 012
