# tests: no indented block after except*
# expect 3.0-3.10: error
# expect 3.11-3.15: error IndentationError
try:
    pass
except* E:
pass
