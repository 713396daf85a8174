# tests: an unclosed replacement field, the f-string followed by ')' (3.9-3.11 report the next token)
# expect 3.0-3.15: error
print(f'{a')
