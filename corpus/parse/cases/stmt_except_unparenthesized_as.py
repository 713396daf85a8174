# tests: `except A, B as e:` needs parentheses even in 3.14
# expect 3.0-3.15: error
try:
    pass
except A, B as e:
    pass
