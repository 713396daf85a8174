# tests: a format spec ending with a field, and one ending with text (3.12.1 adds an empty Constant after the field)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{a:{w}}'
y = f'{a:{w}d}'
z = f'{a:x{w}}'
