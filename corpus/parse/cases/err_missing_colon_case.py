# tests: `case 1 if y` without its colon
# expect 3.0-3.15: error
match x:
    case 1 if y
        pass
