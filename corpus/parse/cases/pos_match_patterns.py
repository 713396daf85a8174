# tests: positions of match patterns
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case [1, (2 | 3) as y, {'k': v, **r}, C(a, b=c), *rest] if y:
        pass
