# tests: a parenthesized lambda and dict display inside fields
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f'{(lambda y: y)(1)}' + f'{ {1: 2}[1] }'
