# tests: octal escapes, including above \377 (3.12+: SyntaxWarning)
# expect 3.0-3.15: ok
x = '\0\7\77\377\400\777'
