# tests: `if x pass`: plain invalid syntax
# expect 3.0-3.15: error
if x pass
