# tests: type comments on for and with
# expect 3.0-3.15: ok
# options: type_comments
for x in y:  # type: int
    pass
with a as b:  # type: int
    pass
