# tests: positions of t-string parts
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = t'a{b!r}c{d:>{e}}f'
y = (t'{a}'
     t'b{c}')
