# tests: mode single: Interactive
# expect 3.0-3.15: ok
# mode: single
1 + 2
