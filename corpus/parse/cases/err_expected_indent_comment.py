# tests: no indented block after comment lines
# expect 3.0-3.15: error IndentationError
if x:
# c

x = 1
