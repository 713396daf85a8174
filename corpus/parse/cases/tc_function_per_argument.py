# tests: per-argument type comments
# expect 3.0-3.15: ok
# options: type_comments
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
