# tests: `case 1 + 1:`: the right operand must be imaginary
# expect 3.0-3.15: error
match x:
    case 1 + 1:
        pass
