# tests: mode single: several simple statements on one line
# expect 3.0-3.15: ok
# mode: single
a = 1; b = 2
