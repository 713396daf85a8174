# tests: a UTF-8 encoded surrogate (ED A0 80) is invalid
# expect 3.0-3.15: error
x = 'í €'
