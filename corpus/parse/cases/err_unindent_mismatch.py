# tests: an unindent that matches no outer level
# expect 3.0-3.15: error IndentationError
if x:
        a
    b
