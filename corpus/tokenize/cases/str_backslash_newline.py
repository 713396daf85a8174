# tests: a backslash-newline inside a single-quoted string continues it
# expect 3.0-3.15: ok
x = 'ab\
cd'
y = 2
