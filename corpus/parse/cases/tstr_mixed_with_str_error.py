# tests: a t-string cannot be concatenated with a str
# expect 3.0-3.15: error
x = t'a' 'b'
