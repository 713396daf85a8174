# tests: an unclosed replacement field, the f-string followed by a name
# expect 3.0-3.15: error
f'{a' xyz
