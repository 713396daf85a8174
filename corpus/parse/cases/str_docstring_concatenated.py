# tests: a docstring made of several literals
# expect 3.0-3.15: ok
def f():
    "a" \
    "b"
    """c"""
