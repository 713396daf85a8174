# tests: !r, !s, !a conversions
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{x!r}{x!s}{x!a}'
