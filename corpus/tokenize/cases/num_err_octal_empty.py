# tests: 'invalid octal literal': `0o` without digits
# expect 3.0-3.15: error
x = 0o
