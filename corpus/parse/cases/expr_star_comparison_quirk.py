# tests: `a < *b` parses in 3.0/3.1 only
# expect 3.0-3.1: ok
# expect 3.2-3.15: error
a < *b
