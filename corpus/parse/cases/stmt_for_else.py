# tests: for with tuple targets and else
# expect 3.0-3.15: ok
for x in y:
    pass
for a, b in c:
    pass
else:
    d
for (a, b), [c] in d: pass
