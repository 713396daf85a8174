# tests: ** in a dict display (PEP 448)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
{**a, 'k': 1}
