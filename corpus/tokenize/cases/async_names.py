# tests: `async` and `await` as plain names (<= 3.6; keywords from 3.7)
# expect 3.0-3.6: ok
# expect 3.7-3.15: error
# level: parser
async = 1
await = 2
x = async + await
