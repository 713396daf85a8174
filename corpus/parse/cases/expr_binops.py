# tests: every binary operator before 3.5
# expect 3.0-3.15: ok
a + b - c * d / e // f % g ** h << i >> j & k | l ^ m
