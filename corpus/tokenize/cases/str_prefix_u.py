# tests: `u''` (PEP 414, 3.3+)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
# level: parser 3.0-3.2
x = (u'a', U"a", u'''a''')
