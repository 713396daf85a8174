# tests: case guards
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case y if y > 0:
        pass
    case _ if (z := f()):
        pass
