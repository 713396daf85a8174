# tests: a triple-quoted string that does not end
# expect 3.0-3.15: error
x = '''abc
def
