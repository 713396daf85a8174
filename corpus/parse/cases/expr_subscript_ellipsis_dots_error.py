# tests: Python 2's `a[. . .]`
# expect 3.0-3.15: error
a[. . .]
