# tests: raw strings
# expect 3.0-3.15: ok
x = (r'\n', R'\d', r'\'', r"\"", r'\\')
