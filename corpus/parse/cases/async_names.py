# tests: `async` and `await` as ordinary names: until 3.6
# expect 3.0-3.6: ok
# expect 3.7-3.15: error
async = 1
await = 2
print(async, await)
