# tests: augmented assignment with every operator before 3.5 (`@=` is expr_matmul)
# expect 3.0-3.15: ok
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a **= 1
a <<= 1
a >>= 1
a &= 1
a |= 1
a ^= 1
a.b += 1
a[0] -= 1
