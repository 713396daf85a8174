# tests: a name that is not a prefix followed by a string
# expect 3.0-3.15: error
# level: parser
x = ab'c'
