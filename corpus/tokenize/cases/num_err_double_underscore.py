# tests: two underscores in a row in a number
# expect 3.0-3.5: error
# expect 3.6-3.15: error
# level: parser 3.0-3.5
x = 1__0
