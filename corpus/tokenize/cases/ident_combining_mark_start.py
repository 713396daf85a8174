# tests: a combining mark cannot start a name
# expect 3.0-3.15: error
x = ́a
