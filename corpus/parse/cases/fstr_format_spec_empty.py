# tests: an empty format spec `f'{x:}'`
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{x:}' f'{x!r:}'
