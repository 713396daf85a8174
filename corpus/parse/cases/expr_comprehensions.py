# tests: list, set, dict comprehensions and generator expressions, nested
# expect 3.0-3.15: ok
[x for x in y]
[x for x in y if a if b]
[x for x in y for z in x]
{x for x in y}
{k: v for k, v in y}
(x for x in y)
[[y for y in x] for x in z]
[x for x, in y]
[x for (a, b) in c if (a if b else c)]
