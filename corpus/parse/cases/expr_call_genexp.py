# tests: a generator expression as the only argument
# expect 3.0-3.15: ok
f(x for x in y)
f((x for x in y), 1)
