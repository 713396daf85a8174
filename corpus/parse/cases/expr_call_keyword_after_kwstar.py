# tests: a keyword argument after `**kwargs` (PEP 448, 3.5+)
# expect 3.0-3.4: error
# expect 3.5-3.15: ok
f(**a, b=1)
