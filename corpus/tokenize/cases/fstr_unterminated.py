# tests: an f-string whose closing quote is missing
# expect 3.0-3.15: error
x = f'{a}
