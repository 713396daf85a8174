# tests: yield in an f-string expression
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
def f():
    x = f'{yield}'
