# A small module for the `pyfront parse` command-line checks.
import os.path as p, sys
from .. import (a as b,)


@decorator(1)
async def f(x: int, /, y=2, *args, z, **kw) -> "é":
    """Docstring."""
    async with open(x) as fh, lock:
        data = [c async for c in fh if c]
    return f"{data!r:>{y}} {z=}"


match sys.argv:
    case [_, "-v" | "--verbose", *rest] if rest:
        print(*rest, sep=", ")
    case {"k": 1, **more}:
        pass
