# tests: bytes literals with every prefix of 3.0
# expect 3.0-3.15: ok
x = (b'abc', B"x", br'\d', BR'x', bR'y', Br'z', b'\x00\xff\n\'')
