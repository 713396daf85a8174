# tests: `except A, B:` without parentheses (PEP 758, 3.14+)
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
try:
    pass
except A, B:
    pass
