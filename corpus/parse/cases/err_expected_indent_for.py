# tests: no indented block after for
# expect 3.0-3.15: error IndentationError
for x in y:
pass
