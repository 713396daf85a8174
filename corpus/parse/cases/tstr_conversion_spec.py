# tests: t-string conversion and nested format spec
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
x = t'{x!r:>{w}}'
y = t'{x!s:}'
