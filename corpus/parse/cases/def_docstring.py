# tests: docstrings of functions and their bodies
# expect 3.0-3.15: ok
def f():
    """A docstring.

    More lines.
    """
    return 1
