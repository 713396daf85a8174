# tests: Python 2's print statement
# expect 3.0-3.15: error
print "hello"
