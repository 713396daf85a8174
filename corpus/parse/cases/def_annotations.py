# tests: parameter and return annotations (PEP 3107)
# expect 3.0-3.15: ok
def f(a: int, b: 'x' = 1, *c: str, d: list = [], **e: dict) -> None:
    pass
