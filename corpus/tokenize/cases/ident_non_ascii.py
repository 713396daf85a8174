# tests: non-ASCII identifiers (PEP 3131)
# expect 3.0-3.15: ok
café = 1
π = 3.14
变量 = 2
À_b2 = 3
℘ = 4
