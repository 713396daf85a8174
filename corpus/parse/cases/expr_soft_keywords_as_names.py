# tests: match, case, _, type as ordinary names
# expect 3.0-3.15: ok
match = 1
case = 2
_ = 3
type = 4
match.x
print(match, case, type, _)
