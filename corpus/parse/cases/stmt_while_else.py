# tests: while with else
# expect 3.0-3.15: ok
while a:
    b
else:
    c
