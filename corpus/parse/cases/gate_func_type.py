# tests: mode='func_type' (3.8+): a signature type comment's type
# expect 3.0-3.7: error
# expect 3.8-3.15: ok
# mode: func_type
(int) -> str
