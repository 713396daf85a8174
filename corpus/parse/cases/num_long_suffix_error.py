# tests: Python 2's `10L`
# expect 3.0-3.15: error
x = 10L
