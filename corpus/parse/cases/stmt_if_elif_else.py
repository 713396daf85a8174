# tests: if / elif / else chains (the elif is a nested If in orelse)
# expect 3.0-3.15: ok
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
if a: pass
else: pass
