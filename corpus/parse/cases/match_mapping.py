# tests: mapping patterns with literal and value keys and **rest
# expect 3.0-3.9: error
# expect 3.10-3.15: ok
match x:
    case {'a': 1, **rest}:
        pass
    case {}:
        pass
    case {A.B: x, None: y, 1: z}:
        pass
