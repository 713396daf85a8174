# tests: pass, break, continue
# expect 3.0-3.15: ok
while x:
    pass
    break
    continue
for x in y:
    try:
        continue
    finally:
        break
