# tests: newlines and comments inside brackets give NL and COMMENT, not NEWLINE
# expect 3.0-3.15: ok
x = [  # first
    1,  # one

    2,
]
