# tests: t-strings (PEP 750, 3.14+): TemplateStr and Interpolation with its str
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = t'a{b}c'
y = T"{x}"
z = t''
