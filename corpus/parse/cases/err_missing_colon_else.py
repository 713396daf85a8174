# tests: `else` without its colon
# expect 3.0-3.15: error
while x:
    pass
else
    pass
