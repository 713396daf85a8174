# tests: format specs with nested replacement fields
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{x:>10}{x:{w}.{p}}{x!r:^{w}}'
