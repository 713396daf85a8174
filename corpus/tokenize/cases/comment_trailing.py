# tests: a comment after code, then NEWLINE
# expect 3.0-3.15: ok
x = 1  # trailing comment
