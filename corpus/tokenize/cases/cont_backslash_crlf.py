# tests: backslash followed by CRLF is a line continuation
# expect 3.0-3.15: ok
x = 1 + \
    2
