# tests: the @ and @= operators (PEP 465)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
a @ b
c @= d
