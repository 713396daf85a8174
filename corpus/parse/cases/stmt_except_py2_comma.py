# tests: Python 2's `except E, e:`: an error until 3.13, a tuple of two names from 3.14
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
try:
    pass
except E, e:
    pass
