# tests: an unclosed parenthesis at the end of the file
# expect 3.0-3.15: error
x = (1,
     2
