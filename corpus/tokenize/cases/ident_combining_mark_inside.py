# tests: a combining mark inside a name is fine
# expect 3.0-3.15: ok
á = 1
