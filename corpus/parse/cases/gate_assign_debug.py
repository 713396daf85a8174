# tests: assigning to __debug__ is a parser error up to 3.8 (the compiler's from 3.9)
# expect 3.0-3.8: error
# expect 3.9-3.15: ok
__debug__ = 1
