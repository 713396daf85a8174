# tests: several simple statements on a line, trailing semicolon
# expect 3.0-3.15: ok
a; b; c;
x = 1; y = 2
if x: a; b
