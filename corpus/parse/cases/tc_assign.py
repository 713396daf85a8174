# tests: a type comment on an assignment
# expect 3.0-3.15: ok
# options: type_comments
x = 1  # type: int
a, b = c  # type: int, str
