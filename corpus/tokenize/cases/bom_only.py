
# tests: a BOM followed by nothing but comments
# expect 3.0-3.15: ok
