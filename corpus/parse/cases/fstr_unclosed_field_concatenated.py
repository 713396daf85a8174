# tests: an unclosed replacement field inside an implicit concatenation (located after the last string)
# expect 3.0-3.15: error
x = f'{a' 'b' + c
