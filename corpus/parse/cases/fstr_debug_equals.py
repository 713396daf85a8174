# tests: the `=` specifier (3.8+): the expression text becomes a Constant
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
x = f'{x=}'
y = f'{x = }'
z = f'{x=!r}'
w = f'{x=:>10}'
v = f'{ x + 1 = !s:^{w}}'
