# tests: DEDENTs are emitted at end of input for a file without a final newline
# expect 3.0-3.15: ok
if x:
    if y:
        z = 1