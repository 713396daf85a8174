# tests: a keyword glued to a number is accepted (`1if x else 2`; warns from 3.10)
# expect 3.0-3.15: ok
x = 1if y else 2
z = [0x1for x in y]
w = 1or 2
