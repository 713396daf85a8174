# tests: 'invalid decimal literal': a name glued to a number (3.10+ tokenizer error)
# expect 3.0-3.15: error
# level: parser 3.0-3.9 (NUMBER then NAME before 3.10)
x = 1abc
