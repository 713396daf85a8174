# tests: `(a.b := 1)`
# expect 3.0-3.15: error
(a.b := 1)
