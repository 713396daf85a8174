# tests: the match statement (PEP 634, 3.10+)
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case [1, *rest]:
        pass
