# tests: underscores in numbers (PEP 515, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = 1_000
