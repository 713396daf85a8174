# tests: slices: every combination of bounds and step
# expect 3.0-3.15: ok
a[1:2]
a[:]
a[::]
a[1:2:3]
a[::2]
a[:2]
a[1:]
a[:2:]
a[x:y, ]
