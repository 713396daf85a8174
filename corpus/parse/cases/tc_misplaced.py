# tests: a type comment where none is allowed
# expect 3.0-3.15: ok
# options: type_comments
x = 1
if x:  # type: int
    pass
