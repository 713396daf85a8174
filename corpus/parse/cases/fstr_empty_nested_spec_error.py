# tests: `f'{a:{}}'`
# expect 3.0-3.15: error
x = f'{a:{}}'
