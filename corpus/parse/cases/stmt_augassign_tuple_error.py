# tests: `a, b += 1`: an augmented assignment needs a single target
# expect 3.0-3.15: error
a, b += 1
