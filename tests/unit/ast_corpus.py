"""Docstring with 'quotes' and \t tabs and é and \U0001f600."""
from __future__ import annotations
import os.path as osp, sys
from .. import a as b, c
from . import *
global g1, g2
x: int = 1
y: list[int]
(z): int = 2
a, *b = c = d[1:2, ::3], e[...]
a += 1; b -= 2; c *= 3; d @= 4; e /= 5; f %= 6; g **= 7; h <<= 8; i >>= 9; j |= 10; k ^= 11; l &= 12; m //= 13
del a, b[0], c.d
assert x, "msg"
raise E from None
x = lambda a, /, b=1, *args, c, d=2, **kw: (a, b)
x = [1, 2.5, 3j, -4, +5, ~6, not 7, 1e400, 0x10000000000000000000, 12345678901234567890, True, None, ...]
x = {1: 'a', **d, 'b': b'\x00\xff\'"'}
x = {1, 2}; x = (); x = []; x = {}
x = [i for i in range(10) if i if not i]
x = {i for i in a for j in b}
x = {k: v async for k, v in w}
x = (i for i in j)
x = a if b else c
x = a and b or c and not d
x = a < b <= c > d >= e == f != g is h is not i in j not in k
x = a + b - c * d / e // f % g ** h @ i << j >> k & l | m ^ n
x = f(a, *b, c=d, **e)
x = a.b.c[d](e)
x = f"{a!r:>{width}} {b=} {c!s} {d!a} plain {{}}"
x = t"{a} and {b!r:^10}"
x = 'concat' 'enated'
x = u'unicode'
x = rb'raw\bytes'
x = (y := 10)
print(*a, sep='')
if a:
    pass
elif b:
    continue
else:
    break
for i in range(3):
    pass
else:
    pass
while True:
    break
else:
    pass
with open(f) as g, h:
    pass
with (a as b, c as d):
    pass
try:
    pass
except ValueError as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ExceptionGroup as eg:
    pass
@decorator
@other(arg)
class C(Base, metaclass=Meta):
    """Class doc."""
    attr: int
    def method(self, x: int = 0, *, y: str) -> None:
        nonlocal_thing = 1
        return None
async def coro():
    await x
    async for i in y:
        pass
    async with z as w:
        pass
    yield
    yield 1
    yield from gen()
def outer():
    def inner():
        nonlocal q
    return inner
def generic[T: int, *Ts, **P = [int]](x: T) -> T:
    pass
class G[T = str]:
    pass
type Alias[K, V: (int, str)] = dict[K, V]
match command.split():
    case [action]:
        pass
    case [action, obj, *rest]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"key": value, **others}:
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2+3j | "s" | b"b" | a.b.c:
        pass
    case (x as y) if y > 0:
        pass
    case _:
        pass
