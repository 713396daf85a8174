# tests: str and bytes cannot be concatenated
# expect 3.0-3.15: error
x = 'a' b'b'
