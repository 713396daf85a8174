# tests: `f'{x!z}'`
# expect 3.0-3.15: error
x = f'{x!z}'
