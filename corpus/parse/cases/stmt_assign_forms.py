# tests: assignment targets: names, chains, tuples, lists, nested, attribute, subscript, slice, starred
# expect 3.0-3.15: ok
a = 1
a = b = c
a, b = c
a, = c
[a, b] = c
(a, b), [c, d] = e
a.b = 1
a[0] = 1
a[1:2] = x
*a, b = c
a, *b, (c, *d) = e
