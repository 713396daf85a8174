# tests: escaped quotes and backslashes, also in raw strings
# expect 3.0-3.15: ok
x = ('\'', "\"", r'\'', r"\"", '\\', r'\\', '''\'''', b'\'')
