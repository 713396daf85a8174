# tests: generator expression positions with and without their own parentheses
# expect 3.0-3.15: ok
f(x for x in y)
f((x for x in y))
sum(x
    for x in y)
