# tests: `x == *y` parses in 3.0/3.1 only
# expect 3.0-3.1: ok
# expect 3.2-3.15: error
x == *y
