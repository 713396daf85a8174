# tests: no indented block after match
# expect 3.0-3.9: error
# expect 3.10-3.15: error IndentationError
match x:
case 1:
    pass
