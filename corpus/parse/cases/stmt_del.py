# tests: del of names, tuples, lists, attributes, subscripts, slices
# expect 3.0-3.15: ok
del a
del a, b
del a.b, a[0], a[1:2]
del (a, b)
del [a, b]
del (a), [b]
