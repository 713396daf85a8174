# tests: `await x` at module level: 3.7+ parses (compiler error)
# expect 3.0-3.6: error
# expect 3.7-3.15: ok
await x
