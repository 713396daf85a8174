"""The same tree at every compat level from 3.0 on: compiled once, shared by hard link."""


def add(a, b):
    assert a is not None
    return a + b


TOTAL = add(1, 2)
