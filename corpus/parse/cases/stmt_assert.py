# tests: assert with and without message
# expect 3.0-3.15: ok
assert x
assert x, 'message'
assert (x, y)
