# tests: positions of dict keys, values and ** entries
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
d = {
    'a': 1,
    **e,
    'b':
        2,
}
