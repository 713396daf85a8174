# tests: `async` as an attribute name (<= 3.6)
# expect 3.0-3.6: ok
# expect 3.7-3.15: error
# level: parser
x = a.async
