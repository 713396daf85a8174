# tests: an invalid UTF-8 byte without a declaration
# expect 3.0-3.15: error
x = 'ÿ'
