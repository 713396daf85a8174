# tests: `class = 1`
# expect 3.0-3.15: error
class = 1
