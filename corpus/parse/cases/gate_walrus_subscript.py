# tests: unparenthesized := in a subscript (3.10+)
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
a[x := 1]
