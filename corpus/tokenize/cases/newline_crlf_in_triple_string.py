# tests: CRLF inside a triple-quoted string
# expect 3.0-3.15: ok
x = '''a
b'''
