# tests: `{*x for x in y}`: 3.0/3.1 parse, an error 3.2-3.14, valid in 3.15 (PEP 798)
# expect 3.0-3.1: ok
# expect 3.2-3.14: error
# expect 3.15: ok
{*x for x in y}
