# tests: an unparenthesized lambda in an f-string
# expect 3.0-3.15: error
x = f'{lambda x: x}'
