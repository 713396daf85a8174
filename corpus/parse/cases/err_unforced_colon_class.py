# tests: `class C() pass`: plain invalid syntax
# expect 3.0-3.15: error
class C() pass
