# tests: parentheses: Name and BinOp positions exclude them, Tuple positions include them
# expect 3.0-3.15: ok
(a)
((a + b))
(
  a
)
x = (1, 2)
y = 1, 2
z = (((1, 2)))
f((1, 2))
