# tests: unparenthesized := in a set display (3.9+)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
{x := 1, 2}
