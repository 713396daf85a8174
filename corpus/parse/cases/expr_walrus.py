# tests: assignment expressions (PEP 572, 3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
(x := 1)
if (y := f()):
    pass
while (z := g()):
    pass
[y := f(x), y ** 2]
f(x := 1)
[y for x in z if (y := x)]
