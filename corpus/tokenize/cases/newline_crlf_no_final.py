# tests: CRLF file without a final newline
# expect 3.0-3.15: ok
x = 1
y = 2