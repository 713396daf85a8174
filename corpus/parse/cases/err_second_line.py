# tests: an error on a later line after valid code
# expect 3.0-3.15: error
def f():
    return 1

x = [1, 2
y = 3
