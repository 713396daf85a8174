# tests: `!=` is an error under barry_as_FLUFL
# expect 3.0: ok
# expect 3.1-3.15: error
# level: parser
# flags: barry_as_FLUFL
x = 1 != 2
