# tests: positions of subscripts and attributes over lines
# expect 3.0-3.15: ok
x = a[
    1
].b[2:
3]
