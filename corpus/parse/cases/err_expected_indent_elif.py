# tests: no indented block after elif
# expect 3.0-3.15: error IndentationError
if x:
    pass
elif y:
pass
