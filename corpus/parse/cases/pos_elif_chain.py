# tests: end positions of if / elif / else chains
# expect 3.0-3.15: ok
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
