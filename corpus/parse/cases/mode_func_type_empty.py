# tests: mode func_type without argument types
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
# mode: func_type
() -> None
