# tests: capture and wildcard patterns
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case [a, _]:
        pass
    case y:
        pass
    case _:
        pass
