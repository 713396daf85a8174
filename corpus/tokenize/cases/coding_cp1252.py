# coding: cp1252
x = '€'
# tests: a cp1252 declaration (0x80 is the euro sign)
# expect 3.0-3.15: ok
