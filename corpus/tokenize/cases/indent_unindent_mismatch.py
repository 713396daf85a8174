# tests: IndentationError 'unindent does not match any outer indentation level'
# expect 3.0-3.15: error IndentationError
if x:
        a = 1
    b = 2
