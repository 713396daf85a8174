# tests: `class C[]`
# expect 3.0-3.15: error
class C[]: pass
