# tests: positions of f-string parts (3.12+ give every part its own)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'a{b!r}c{d:>{e}}f'
y = (f'{a}'
     f'b{c}')
z = f'''
{a}
  {b}'''
