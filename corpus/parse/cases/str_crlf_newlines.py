# tests: CRLF line endings: string values get \n, positions count lines
# expect 3.0-3.15: ok
x = '''a
b'''
y = 1
