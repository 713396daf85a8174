# tests: mode single: a compound statement
# expect 3.0-3.15: ok
# mode: single
if x:
    pass

