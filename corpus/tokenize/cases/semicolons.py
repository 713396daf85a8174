# tests: several statements on a line separated by semicolons
# expect 3.0-3.15: ok
x = 1; y = 2;
