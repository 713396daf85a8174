# tests: positions of arg nodes, annotations, defaults
# expect 3.0-3.15: ok
def f(a: int = 1,
      *b: str,
      c=2,
      **d: dict) -> None:
    pass
