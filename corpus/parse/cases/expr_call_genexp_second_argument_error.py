# tests: an unparenthesized generator expression beside another argument
# expect 3.0-3.15: error
f(x for x in y, 1)
