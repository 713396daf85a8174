# tests: a file holding only blank lines
# expect 3.0-3.15: ok



