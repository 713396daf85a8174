# tests: no indented block after while
# expect 3.0-3.15: error IndentationError
while x:
pass
