# tests: the prefixes of every Python 3 version: b, r, br in both cases
# expect 3.0-3.15: ok
x = (b'a', B'a', r'a', R'a', br'a', bR'a', Br'a', BR'a', 'a', "a")
