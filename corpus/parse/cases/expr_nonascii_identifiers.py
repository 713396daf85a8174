# tests: non-ASCII identifiers, NFKC-normalized (ℌ is H)
# expect 3.0-3.15: ok
αβ = 1
ℌ = 2
café.naïve = 3
