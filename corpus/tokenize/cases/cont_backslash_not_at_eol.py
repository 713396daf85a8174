# tests: 'unexpected character after line continuation character'
# expect 3.0-3.15: error
x = 1 \ + 2
