# tests: power binds tighter than a unary minus on its left
# expect 3.0-3.15: ok
2 ** -1
-2 ** 2
(-2) ** 2
2 ** 3 ** 4
