# tests: a fullwidth parenthesis is not `(`
# expect 3.0-3.15: error
x = f（1)
