# tests: `case f'a':` passes ast.parse (the compiler rejects it)
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case f'a':
        pass
