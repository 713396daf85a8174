# tests: an ASCII control character (U+0001) in code
# expect 3.0-3.15: error
# level: parser 3.0-3.10 (an ASCII control character was an OP token for the parser until 3.11)
x = 1
