# tests: `#` inside a string inside a field is fine (only comments were forbidden before 3.12)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f'{"#"}'
