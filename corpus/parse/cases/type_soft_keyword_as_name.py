# tests: `type` as an ordinary name
# expect 3.0-3.15: ok
type = 1
type(x)
type.x
print(type)
