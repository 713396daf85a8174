# tests: an unparenthesized lambda with an empty format spec
# expect 3.0-3.15: error
x = f'{lambda x:}'
