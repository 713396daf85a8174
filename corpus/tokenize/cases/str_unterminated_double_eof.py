# tests: an unterminated string at the end of input, no newline
# expect 3.0-3.15: error
x = "abc