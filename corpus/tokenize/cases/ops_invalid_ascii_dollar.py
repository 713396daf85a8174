# tests: `$` is not a Python character
# expect 3.0-3.15: error
# level: parser (the tokenizer emits an OP token; the parser rejects it)
x = $a
