# tests: a name glued to a hexadecimal literal
# expect 3.0-3.15: error
# level: parser 3.0-3.9
x = 0x1fg
