# tests: a type comment where none is allowed: a syntax error with type_comments=True (3.8+)
# expect 3.0-3.7: ok
# expect 3.8-3.15: error
# options: type_comments
x = 1
if x:  # type: int
    pass
