# tests: a bare * in a func_type signature: 3.8 only
# expect 3.0-3.7: error
# expect 3.8: ok
# expect 3.9-3.15: error
# mode: func_type
(int, *, str) -> None
