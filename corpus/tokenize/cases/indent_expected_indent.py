# tests: a missing INDENT after a colon is a parser error ('expected an indented block')
# expect 3.0-3.15: error IndentationError
# level: parser (no INDENT token; the parser rejects the block)
if x:
pass
