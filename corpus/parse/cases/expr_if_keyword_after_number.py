# tests: `1if x else 2` (3.10 DeprecationWarning, 3.11+ SyntaxWarning)
# expect 3.0-3.15: ok
x = 1if y else 2
z = [0x1for x in y]
