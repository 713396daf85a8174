# tests: non-ASCII characters in a bytes literal are rejected after tokenizing
# expect 3.0-3.15: error
# level: parser (the AST builder rejects it, not the tokenizer)
x = b'café'
