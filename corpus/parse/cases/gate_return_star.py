# tests: `yield *a, b` without parentheses (3.8+; 3.0/3.1 accept any starred test)
# expect 3.0-3.1: ok
# expect 3.2-3.7: error
# expect 3.8-3.15: ok
def f():
    yield *a, b
