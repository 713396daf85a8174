# tests: 'unterminated triple-quoted string literal' / 'EOF while scanning triple-quoted string literal'
# expect 3.0-3.15: error
x = 1
y = '''abc

def
