# tests: spaces after the last newline, no final newline
# expect 3.0-3.15: ok
x = 1
    