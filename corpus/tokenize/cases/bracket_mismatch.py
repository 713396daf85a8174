# tests: "closing parenthesis ']' does not match opening parenthesis '('"
# expect 3.0-3.15: error
# level: parser 3.0-3.7
x = (1]
