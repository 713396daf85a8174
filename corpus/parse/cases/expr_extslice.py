# tests: several slices in one subscript: ExtSlice up to 3.8, a Tuple from 3.9
# expect 3.0-3.15: ok
a[1:2, 3]
a[:, :]
a[1:2, ::3, ...]
a[1:2, 3] = x
del a[:, 0]
