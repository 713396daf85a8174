# tests: a call over several lines with keywords and **kwargs
# expect 3.0-3.15: ok
result = func(
    a,
    b=1,
    *c,
    **d
)
