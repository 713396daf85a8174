# tests: an expression ending with an operator
# expect 3.0-3.15: error
x = 1 +
