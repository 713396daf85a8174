# tests: an open bracket at end of input ('(' was never closed / unexpected EOF)
# expect 3.0-3.15: error
x = (1,
     2
