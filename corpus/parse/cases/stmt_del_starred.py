# tests: `del *a, b`: parse OK up to 3.8 (compile error), parser error from 3.9
# expect 3.0-3.8: ok
# expect 3.9-3.15: error
del *a, b
