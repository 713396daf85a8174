# tests: Python 2's exec statement
# expect 3.0-3.15: error
exec "code" in ns
