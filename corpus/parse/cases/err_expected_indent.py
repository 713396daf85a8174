# tests: expected an indented block
# expect 3.0-3.15: error IndentationError
if x:
pass
