# tests: invalid escapes are kept with their backslash (DeprecationWarning, 3.12+ SyntaxWarning)
# expect 3.0-3.15: ok
x = '\d\q\ \8\9'
