# tests: "invalid character '€' (U+20AC)" between tokens
# expect 3.0-3.15: error
x = 1 € 2
