# tests: a backslash as the last byte of the file (no newline after it)
# expect 3.0-3.15: error
x = 1 + \