# tests: `match x` without its colon
# expect 3.0-3.15: error
match x
    case 1:
        pass
