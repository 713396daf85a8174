# tests: an invalid UTF-8 byte in a comment: not checked before 3.14
# expect 3.0-3.13: ok
# expect 3.14-3.15: error
x = 1  # ÿ
