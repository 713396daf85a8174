# tests: `<>` without the flag is an error
# expect 3.0-3.15: error
# level: parser
x = 1 <> 2
