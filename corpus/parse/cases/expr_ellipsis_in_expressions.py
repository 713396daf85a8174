# tests: `...` as an operand anywhere
# expect 3.0-3.15: ok
x = ... + 1
f(..., ...)
[...]
