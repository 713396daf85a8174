# tests: every comparison operator in one chain
# expect 3.0-3.15: ok
a < b <= c > d >= e == f != g in h not in i is j is not k
