# tests: an unclosed replacement field, the f-string followed by a comment
# expect 3.0-3.15: error
x = f'{a'  # note
