# tests: an unclosed replacement field at the end of a file without a final newline
# expect 3.0-3.15: error
x = f'{a'