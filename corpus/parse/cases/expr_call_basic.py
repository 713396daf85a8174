# tests: calls with positional, keyword, *args and **kwargs in the pre-3.5 order
# expect 3.0-3.15: ok
f()
f(a, b)
f(a, *b)
f(a, *b, **c)
f(a, b=1, *c, **d)
f(a)(b)(c)
