# tests: variable annotations (PEP 526, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x: int = 1
