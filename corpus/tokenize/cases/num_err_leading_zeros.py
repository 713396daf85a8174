# tests: 'leading zeros in decimal integer literals are not permitted'
# expect 3.0-3.15: error
x = 0777
