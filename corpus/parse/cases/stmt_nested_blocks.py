# tests: deeply nested blocks and their end positions after dedents
# expect 3.0-3.15: ok
def f():
    if a:
        for b in c:
            while d:
                try:
                    pass
                except E:
                    with g:
                        h

    return 1
