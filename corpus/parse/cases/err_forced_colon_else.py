# tests: `else pass`: the colon is a forced token
# expect 3.0-3.15: error
for x in y:
    pass
else pass
