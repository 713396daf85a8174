# tests: raw f-strings keep backslashes in the literal parts
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = rf'\d{a}\n' + fR'\{a}'
