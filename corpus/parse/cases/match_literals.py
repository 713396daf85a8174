# tests: literal patterns: numbers, complex, strings, bytes, None, True, False (3.10+)
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 'a' 'b':
        pass
    case b'x':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case -0:
        pass
