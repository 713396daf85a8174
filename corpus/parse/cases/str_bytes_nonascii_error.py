# tests: non-ASCII characters in bytes literals
# expect 3.0-3.15: error
x = b'é'
