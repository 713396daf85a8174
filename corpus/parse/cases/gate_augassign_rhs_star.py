# tests: starred items in an augmented assignment's value (3.9+; 3.0/3.1 accept any starred test)
# expect 3.0-3.1: ok
# expect 3.2-3.8: error
# expect 3.9-3.15: ok
x += *a, b
