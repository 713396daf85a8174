# tests: tuple subscripts with and without parentheses
# expect 3.0-3.15: ok
a[1, 2]
a[(1, 2)]
a[()]
a[1,]
