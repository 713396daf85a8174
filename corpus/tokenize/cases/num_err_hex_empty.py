# tests: 'invalid hexadecimal literal': `0x` without digits
# expect 3.0-3.15: error
x = 0x
