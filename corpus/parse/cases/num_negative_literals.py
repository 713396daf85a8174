# tests: negative numbers are UnaryOp over a Constant
# expect 3.0-3.15: ok
x = (-1, -1.5, -1j, - 0, -0.0)
