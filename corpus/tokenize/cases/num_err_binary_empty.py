# tests: 'invalid binary literal': `0b` without digits
# expect 3.0-3.15: error
x = 0b
