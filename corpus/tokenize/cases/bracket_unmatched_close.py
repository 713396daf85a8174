# tests: "unmatched ')'" (tokenizer error from 3.8; before, the parser's 'invalid syntax')
# expect 3.0-3.15: error
# level: parser 3.0-3.7
x = 1)
