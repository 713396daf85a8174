# tests: a comment in a field of a triple-quoted f-string: error before 3.12
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
# level: parser 3.0-3.5
x = f'''{a # comment
}'''
