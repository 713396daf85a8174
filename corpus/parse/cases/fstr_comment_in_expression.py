# tests: a comment inside a multi-line expression (PEP 701, 3.12+)
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
x = f'''{a # comment
}'''
