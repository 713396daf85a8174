# tests: positions of lambda and its arguments
# expect 3.0-3.15: ok
f = lambda a, *b, c=1, **d: (
    a + c
)
