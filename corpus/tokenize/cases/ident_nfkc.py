# tests: identifiers are NFKC-normalized: a ligature and a fullwidth letter
# expect 3.0-3.15: ok
ﬁle = 1
Ａ = 2
