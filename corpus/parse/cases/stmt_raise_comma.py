# tests: Python 2's `raise E, V` is an error
# expect 3.0-3.15: error
raise E, V
