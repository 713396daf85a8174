# tests: an underscore at the end of a number
# expect 3.0-3.15: error
# level: parser 3.0-3.5
x = 1_
