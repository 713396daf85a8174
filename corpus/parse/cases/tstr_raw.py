# tests: raw t-strings
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = rt'{x}\n'
y = TR'x\d'
