# tests: `1e+` has a sign but no exponent digits
# expect 3.0-3.15: error
x = 1e+
