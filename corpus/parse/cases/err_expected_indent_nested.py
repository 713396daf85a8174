# tests: no indented block, then a dedent
# expect 3.0-3.15: error IndentationError
def f():
    if x:
y = 1
