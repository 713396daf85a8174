# tests: mode single: two statements
# expect 3.0-3.15: error
# mode: single
a = 1
b = 2
