# tests: `f(x for x in y,)` up to 3.6 (bpo-32012)
# expect 3.0-3.6: ok
# expect 3.7-3.15: error
f(x for x in y,)
