# tests: `$` in the source
# expect 3.0-3.15: error
x = 1 $ 2
