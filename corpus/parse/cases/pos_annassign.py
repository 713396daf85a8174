# tests: positions of annotated assignments
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x: int
(y): 'z' = 1
a.b: list[int] = []
