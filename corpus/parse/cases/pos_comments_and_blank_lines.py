# tests: statements after comments and blank lines; end positions before a trailing comment
# expect 3.0-3.15: ok


# comment
x = 1  # trailing

def f():
    # inside

    return 2  # end
# after
