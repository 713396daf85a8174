# tests: sequence patterns in brackets, parentheses and bare
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case []:
        pass
    case ():
        pass
    case [*_]:
        pass
    case (a,):
        pass
    case *a, b:
        pass
