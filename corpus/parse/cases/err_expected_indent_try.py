# tests: no indented block after try
# expect 3.0-3.15: error IndentationError
try:
pass
