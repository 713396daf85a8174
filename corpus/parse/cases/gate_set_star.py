# tests: `{*a, *b}`: 3.0/3.1 (any test may be starred), not 3.2-3.4, again from 3.5 (PEP 448)
# expect 3.0-3.1: ok
# expect 3.2-3.4: error
# expect 3.5-3.15: ok
{*a, *b}
