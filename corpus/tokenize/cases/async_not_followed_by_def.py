# tests: `async` followed by a name other than def at top level
# expect 3.0-3.6: error
# expect 3.7-3.15: error
# level: parser
async x = 1
