# tests: mode eval: a statement
# expect 3.0-3.15: error
# mode: eval
x = 1
