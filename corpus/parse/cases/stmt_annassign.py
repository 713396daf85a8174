# tests: variable annotations (PEP 526): simple=1 for a plain name, 0 for (x), attributes, subscripts
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x: int
x: int = 1
(y): int = 2
a.b: int
a[0]: int = 3
x: 'forward' = None
