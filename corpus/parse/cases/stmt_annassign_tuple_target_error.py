# tests: `a, b: int` cannot be annotated
# expect 3.0-3.15: error
a, b: int = 1, 2
