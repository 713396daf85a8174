# tests: `a and b and c` is one BoolOp; parenthesized operands nest
# expect 3.0-3.15: ok
a and b and c
a or b or c
(a and b) and c
a and (b and c)
a and b or c and d
