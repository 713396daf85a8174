# tests: unary + in a literal pattern (3.15+)
# expect 3.0-3.14: error
# expect 3.15: ok
match x:
    case +1:
        pass
