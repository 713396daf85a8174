# tests: nested patterns over several lines (positions)
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match command.split():
    case [Point(x=0, y=0) | {'k': [1, *_]} as p,
          ('a' | 'b') as q]:
        pass
