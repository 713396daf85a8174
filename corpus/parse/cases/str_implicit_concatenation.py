# tests: implicit concatenation of every quote style, across lines
# expect 3.0-3.15: ok
x = 'a' "b" '''c''' """d"""
y = ('a'
     'b'   # comment
     "c")
z = 'a' \
    'b'
