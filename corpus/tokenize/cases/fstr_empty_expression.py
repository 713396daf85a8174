# tests: 'f-string: empty expression not allowed' / 'valid expression required before }'
# expect 3.0-3.15: error
# level: parser 3.0-3.5, 3.12-3.15 (from 3.12 the parser's invalid_replacement_field rule reports it)
x = f'{}'
