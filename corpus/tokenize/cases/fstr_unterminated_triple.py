# tests: an unterminated triple-quoted f-string
# expect 3.0-3.15: error
x = f'''{a}

