# tests: every escape sequence of str literals
# expect 3.0-3.15: ok
x = '\a\b\f\n\r\t\v\0\\\'\"\x41\101\u00e9\U0001F600\
end'
