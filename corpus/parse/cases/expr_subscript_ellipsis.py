# tests: Ellipsis in subscripts
# expect 3.0-3.15: ok
a[...]
a[..., 1]
a[1, ...]
