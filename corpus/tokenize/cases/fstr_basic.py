# tests: replacement fields, conversions, format specs
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = (f'{a}', f"{a!r}", f'{a!s}', f'{a!a}', f'{a:>10}', F'{a}{b}', f'x{a}y{b}z')
