# tests: the `=` specifier (3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
# level: parser 3.0-3.7 (before 3.8 the field `a=` reaches the expression parser: 'invalid syntax')
x = (f'{a=}', f'{a = }', f'{a=!r}', f'{a=:>10}', f'{a.b=}')
