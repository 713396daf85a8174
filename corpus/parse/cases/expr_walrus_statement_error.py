# tests: `x := 1` as a statement
# expect 3.0-3.15: error
x := 1
