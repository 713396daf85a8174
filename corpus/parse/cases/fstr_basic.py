# tests: f-strings with every prefix case (PEP 498, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'a{b}c'
y = F"{x}"
z = rf'{x}\d'
w = fR'{x}' Rf'{y}'
v = f''
