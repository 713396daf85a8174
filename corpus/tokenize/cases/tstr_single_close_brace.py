# tests: "t-string: single '}' is not allowed"
# expect 3.0-3.15: error
# level: parser 3.0-3.13
x = t'a}'
