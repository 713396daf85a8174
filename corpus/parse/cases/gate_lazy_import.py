# tests: lazy imports (PEP 810, 3.15+)
# expect 3.0-3.14: error
# expect 3.15: ok
lazy from a import b
