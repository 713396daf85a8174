# tests: a replacement field inside a format spec
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f'{a:{w}.{p}}' + f'{a!r:>{w}}'
