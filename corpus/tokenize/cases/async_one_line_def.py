# tests: a one-line async def; the contextual state ends with its NEWLINE
# expect 3.0-3.4: error
# expect 3.5-3.6: ok
# expect 3.7-3.15: error
# level: parser
async def f(): await x
async = 1
