# tests: repr of control, format, private-use, unassigned and newly assigned characters (CPython 3.14's table)
# expect 3.0-3.15: ok
x = '\x7f\x80\xa0\xad\u200b\u2028\ue000\U000e0001\U0001FAE8\U0001F6DC\u0378'
