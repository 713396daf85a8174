# tests: a form feed between tokens is whitespace
# expect 3.0-3.15: ok
a = 1 + 2
