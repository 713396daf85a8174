# tests: `[*x for x in y]`: parses in 3.0-3.4 (compiler error), an error 3.5-3.14, valid in 3.15 (PEP 798)
# expect 3.0-3.4: ok
# expect 3.5-3.14: error
# expect 3.15: ok
[*x for x in y]
