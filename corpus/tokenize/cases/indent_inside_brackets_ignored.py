# tests: indentation inside brackets is not significant (NL, no INDENT)
# expect 3.0-3.15: ok
x = (1,
        2,
  3)
if x:
    y = [
1,
            2]
