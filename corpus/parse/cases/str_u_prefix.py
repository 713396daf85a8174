# tests: `u''` (PEP 414, 3.3+): kind='u' when the first token has a lowercase u
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
a = u'a'
b = U'b'
c = u'a' 'b'
d = 'a' u'b'
e = (u'a'
     'b')
f = u'''multi
line'''
