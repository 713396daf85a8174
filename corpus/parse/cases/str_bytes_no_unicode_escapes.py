# tests: `\u` and `\N` are not escapes in bytes
# expect 3.0-3.15: ok
x = b'\u1234\N{DIGIT ONE}'
