# tests: "invalid digit '8' in octal literal"
# expect 3.0-3.15: error
x = 0o8
