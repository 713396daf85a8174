# tests: `{**d for d in ds}` (PEP 798, 3.15+)
# expect 3.0-3.14: error
# expect 3.15: ok
{**d for d in ds}
