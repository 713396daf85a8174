# tests: `<>` is NOTEQUAL with the barry_as_FLUFL flag (3.1+)
# expect 3.0: error
# expect 3.1-3.15: ok
# level: parser 3.0
# flags: barry_as_FLUFL
x = 1 <> 2
