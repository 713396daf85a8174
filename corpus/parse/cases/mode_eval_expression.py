# tests: mode eval: Expression
# expect 3.0-3.15: ok
# mode: eval
1 + 2
