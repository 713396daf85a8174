# tests: `f'{!r}'`
# expect 3.0-3.15: error
x = f'{!r}'
