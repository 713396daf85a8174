# tests: a backslash followed by a comment is an error
# expect 3.0-3.15: error
x = 1 + \  # comment
    2
