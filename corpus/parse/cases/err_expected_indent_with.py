# tests: no indented block after with
# expect 3.0-3.15: error IndentationError
with x:
pass
