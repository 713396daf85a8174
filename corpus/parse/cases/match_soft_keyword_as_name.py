# tests: `match` and `case` as names next to a match statement
# expect 3.0-3.15: ok
match(x)
match[x]
match = 1
case = 1
match.a = case
