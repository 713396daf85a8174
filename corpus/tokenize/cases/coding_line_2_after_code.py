x = 1
# coding: latin-1
y = 'é'
# tests: a declaration on line 2 when line 1 is code
# expect 3.0-3.15: error
