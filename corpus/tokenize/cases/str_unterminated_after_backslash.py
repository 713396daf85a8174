# tests: a string whose closing quote is escaped
# expect 3.0-3.15: error
x = 'abc\'
