# tests: a UTF-8 sequence cut short by the end of the line
# expect 3.0-3.15: error
x = 'â‚'
