# tests: the f-string's own quote inside a field (PEP 701, 3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
# level: parser 3.0-3.11 (the literal ends at the inner quote: STRING NAME STRING)
x = f'{a['b']}'
