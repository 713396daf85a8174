# tests: type comments are plain comments without the option
# expect 3.0-3.15: ok
x = 1  # type: int
def f(a):
    # type: (int) -> None
    pass
