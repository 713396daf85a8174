# tests: positions of implicitly concatenated strings over lines
# expect 3.0-3.15: ok
x = ('a'
     "b"
     '''c''')
y = 'a' 'b'
