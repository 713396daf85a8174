# tests: tuple and starred subjects
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match a, b:
    case _:
        pass
match *a, b:
    case _:
        pass
match (a):
    case _:
        pass
