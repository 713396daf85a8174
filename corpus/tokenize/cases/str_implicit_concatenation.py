# tests: adjacent literals of mixed kinds
# expect 3.0-3.15: ok
x = ('a' 'b'
     "c" r'd')
y = b'a' b'b'
