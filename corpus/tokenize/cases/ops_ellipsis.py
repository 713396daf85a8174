# tests: `...` is one token; `. . .` is three
# expect 3.0-3.15: ok
x = ...
y = a[...]
