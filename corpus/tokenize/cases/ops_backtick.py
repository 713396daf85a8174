# tests: backticks (Python 2 repr) are not Python 3
# expect 3.0-3.15: error
# level: parser (the tokenizer emits an OP token; the parser rejects it)
x = `a`
