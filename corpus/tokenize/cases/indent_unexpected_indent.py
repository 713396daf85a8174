# tests: an INDENT where the grammar does not allow one is a parser error ('unexpected indent')
# expect 3.0-3.15: error IndentationError
# level: parser (the tokenizer emits INDENT; the parser rejects it)
a = 1
    b = 2
