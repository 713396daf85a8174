# tests: `def async():` and `class await:`: until 3.6
# expect 3.0-3.6: ok
# expect 3.7-3.15: error
def async():
    pass
class await:
    pass
