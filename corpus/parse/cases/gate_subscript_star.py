# tests: starred items in a subscript (PEP 646, 3.11+; 3.0/3.1 parse any starred test)
# expect 3.0-3.1: ok
# expect 3.2-3.10: error
# expect 3.11-3.15: ok
a[*b]
