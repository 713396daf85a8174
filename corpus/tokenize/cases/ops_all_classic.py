# tests: every operator of Python 3.0
# expect 3.0-3.15: ok
a = b + c - d * e / f // g % h ** i
a = b << c >> d & e | f ^ ~g
a = b < c > d <= e >= f == g != h
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1
def f(x: int) -> int: return x[1:2, ...]
x = {a: [b, (c,)]}; y = a.b
