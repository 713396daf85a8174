# tests: a replacement field nested two deep in format specs: error until 3.11
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
x = f'{x:{y:{z}}}'
