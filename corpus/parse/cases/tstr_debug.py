# tests: the `=` specifier in a t-string
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = t'{x=}'
y = t'{ x = !r}'
