# tests: no indented block after finally
# expect 3.0-3.15: error IndentationError
try:
    pass
finally:
pass
