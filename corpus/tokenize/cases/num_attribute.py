# tests: a number followed by an attribute: `1 .real`, `1..real`, `1.e5`, `1.0.real`
# expect 3.0-3.15: ok
x = (1 .real, 1..real, 1.e5, 1.0.real, 0x1.real)
