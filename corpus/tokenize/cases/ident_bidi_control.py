# tests: a right-to-left override (U+202E) in code
# expect 3.0-3.15: error
x = 1 ‮+ 2
