# tests: no indented block after else
# expect 3.0-3.15: error IndentationError
if x:
    pass
else:
pass
