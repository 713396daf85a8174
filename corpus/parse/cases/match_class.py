# tests: class patterns with positional and keyword patterns
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case Point(1, y=2):
        pass
    case Point():
        pass
    case a.B(x, z=_):
        pass
