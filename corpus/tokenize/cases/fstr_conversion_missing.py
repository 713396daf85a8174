# tests: `!` with no conversion character
# expect 3.0-3.15: error
# level: parser 3.0-3.5, 3.12-3.15 (from 3.12 the parser reports it)
x = f'{a!}'
