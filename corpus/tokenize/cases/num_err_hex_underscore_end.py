# tests: hexadecimal literal ending in an underscore
# expect 3.0-3.15: error
# level: parser 3.0-3.5
x = 0xf_
