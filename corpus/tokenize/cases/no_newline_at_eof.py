# tests: a final statement without a newline gets an implicit NEWLINE
# expect 3.0-3.15: ok
x = 1