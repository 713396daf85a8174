# tests: implicit concatenation of t-strings
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = t'a' t'{b}' t'c'
