# tests: positions inside comprehensions
# expect 3.0-3.15: ok
[x
 for x in y
 if x
 for z in x]
