# tests: integer literals in every base
# expect 3.0-3.15: ok
x = (0, 00, 123, 0x1F, 0o17, 0b101, 0X1f, 0O7, 0B1)
