# tests: a truncated `\x` escape
# expect 3.0-3.15: error
x = '\x4'
