# tests: a backslash in a field: error before 3.12, allowed by PEP 701
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
# level: parser 3.0-3.5
x = f'{"\n".join(a)}'
