# tests: `{*a, *b}`: parses in 3.0/3.1, a grammar error in 3.2-3.4, valid from 3.5
# expect 3.0-3.1: ok
# expect 3.2-3.4: error
# expect 3.5-3.15: ok
{*a, *b}
