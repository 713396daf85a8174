# tests: mode eval: a lambda, a generator expression, a tuple
# expect 3.0-3.15: ok
# mode: eval
(lambda x: x, (y for y in z)), 1
