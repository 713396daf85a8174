# tests: an unterminated bytes literal
# expect 3.0-3.15: error
x = b'abc
