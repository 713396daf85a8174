# tests: `((a) := 1)` is accepted by 3.8 only
# expect 3.0-3.7: error
# expect 3.8: ok
# expect 3.9-3.15: error
((a) := 1)
