# tests: positions of except handlers
# expect 3.0-3.15: ok
try:
    pass
except ValueError as e:
    pass
except:
    pass
