# tests: `bf''` is not a prefix
# expect 3.0-3.15: error
x = bf'x'
