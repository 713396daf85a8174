# tests: `(a, b): int`
# expect 3.0-3.15: error
(a, b): int
