# tests: an invalid character inside a name
# expect 3.0-3.15: error
a€b = 1
