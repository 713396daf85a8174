# tests: a UTF-8 BOM does not shift columns
# expect 3.0-3.15: ok
x = 'a'; y = b
