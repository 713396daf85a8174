# tests: an empty module (only the header comments)
# expect 3.0-3.15: ok
