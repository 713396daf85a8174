# tests: a lambda with a return annotation
# expect 3.0-3.15: error
f = lambda x -> int: x
