# tests: t-strings nested with the same quote
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = t'{t'{x}'}'
y = t'{f'{x}'}'
