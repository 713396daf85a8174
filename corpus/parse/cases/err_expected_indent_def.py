# tests: no indented block after a decorated def
# expect 3.0-3.15: error IndentationError
@d
def f():
pass
