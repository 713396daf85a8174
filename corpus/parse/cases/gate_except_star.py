# tests: except* (PEP 654, 3.11+)
# expect 3.0-3.10: error
# expect 3.11-3.15: ok
try:
    pass
except* ValueError:
    pass
