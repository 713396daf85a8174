# tests: control characters in comments and strings are fine
# expect 3.0-3.15: ok
x = ''  # 
