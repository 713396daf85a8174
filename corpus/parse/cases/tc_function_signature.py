# tests: a signature type comment
# expect 3.0-3.15: ok
# options: type_comments
def f(a, b):
    # type: (int, str) -> None
    pass
