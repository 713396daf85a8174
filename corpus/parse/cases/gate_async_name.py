# tests: async and await as names: up to 3.6
# expect 3.0-3.6: ok
# expect 3.7-3.15: error
async = 1
await = async
