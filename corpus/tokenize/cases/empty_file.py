# tests: an empty file
# expect 3.0-3.15: ok
