# tests: `(*a)`: parses until 3.8 (compiler error), parser error from 3.9
# expect 3.0-3.8: ok
# expect 3.9-3.15: error
x = (*a)
