# tests: `[*a for a in b]` passes the parser in 3.0-3.4, is rejected in 3.5-3.14, valid from 3.15 (PEP 798)
# expect 3.0-3.4: ok
# expect 3.5-3.14: error
# expect 3.15: ok
[*a for a in b]
