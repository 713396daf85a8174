# tests: f-strings concatenated with plain strings
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = 'a' f'{b}' "c" f"{d}"
