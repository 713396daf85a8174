# tests: an unclosed replacement field at the end of a line (trailing blanks before NEWLINE)
# expect 3.0-3.15: error
x = f'{a'   
y = 1
