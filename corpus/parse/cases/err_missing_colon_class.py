# tests: `class C(B)` without its colon
# expect 3.0-3.15: error
class C(B)
    pass
