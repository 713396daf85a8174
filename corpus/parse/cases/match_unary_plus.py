# tests: `case +1:` (gh-145239, 3.15)
# expect 3.0-3.14: error
# expect 3.15: ok
match x:
    case +1:
        pass
