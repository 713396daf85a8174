# tests: attribute and subscript chains
# expect 3.0-3.15: ok
a.b.c
a[0]
a[0][1]
a.b[c].d()
a().b
