# tests: LF, CRLF and CR in one file
# expect 3.0-3.15: ok
a = 1
b = 2
c = 3d = 4
