# tests: "f-string: expecting '}'": a field not closed before the end of the literal
# expect 3.0-3.15: error
# level: parser 3.0-3.5
x = f'{a'
