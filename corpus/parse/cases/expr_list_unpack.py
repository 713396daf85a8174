# tests: `[*a, *b]` and `(*a, *b)` parse in every version (compiler errors before 3.5)
# expect 3.0-3.15: ok
[*a, *b]
(*a, *b)
x = *a, b
