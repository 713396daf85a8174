# tests: a zero-width space (U+200B)
# expect 3.0-3.15: error
x = 1​
