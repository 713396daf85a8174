# tests: or-patterns, as-patterns, group patterns
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as y:
        pass
    case [x] as y:
        pass
    case (x):
        pass
