x = 1  # coding: latin-1
y = 'é'
# tests: a declaration after code on line 1 is not a declaration
# expect 3.0-3.15: error
