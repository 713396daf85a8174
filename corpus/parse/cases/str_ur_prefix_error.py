# tests: Python 2's `ur''`
# expect 3.0-3.15: error
x = ur'x'
