# tests: `del *a, b` passes the parser up to 3.8 (the compiler rejects it)
# expect 3.0-3.8: ok
# expect 3.9-3.15: error
del *a, b
