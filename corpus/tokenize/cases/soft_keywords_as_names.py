# tests: match, case, type, _ are names
# expect 3.0-3.15: ok
match = 1
case = 2
type = 3
_ = 4
lazy = 5
