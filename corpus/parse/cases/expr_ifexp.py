# tests: conditional expressions
# expect 3.0-3.15: ok
x = a if b else c
x = (a if b else c) if d else e
f(a if b else c)
