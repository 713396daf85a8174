# tests: implicit concatenation of f-strings and strings
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = 'a' f'{b}' 'c' f'd'
y = f'{a}' f'{b}'
z = 'a' f'' 'b'
