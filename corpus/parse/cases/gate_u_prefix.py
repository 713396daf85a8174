# tests: the u'' prefix (PEP 414, 3.3+)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
x = u'a'
