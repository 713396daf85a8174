# tests: no indented block after class
# expect 3.0-3.15: error IndentationError
class C:
x = 1
