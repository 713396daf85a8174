# tests: a parenthesized lambda in an f-string
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{(lambda x: x)(1)}'
