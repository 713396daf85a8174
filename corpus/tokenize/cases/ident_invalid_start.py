# tests: a character allowed inside a name but not at its start (U+00B2, a digit)
# expect 3.0-3.15: error
x = ²
