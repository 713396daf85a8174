# tests: an unparenthesized tuple as the value of an annotated assignment (3.8+)
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
x: tuple = 1, 2
