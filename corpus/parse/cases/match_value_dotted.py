# tests: value patterns with dotted names
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case A.B:
        pass
    case a.b.c:
        pass
