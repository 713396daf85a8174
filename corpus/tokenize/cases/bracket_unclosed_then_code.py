# tests: an unclosed bracket with more lines after it
# expect 3.0-3.15: error
# level: parser 3.0-3.9 (`[1, y = 2` is a parser error until 3.10 reports the unclosed bracket)
x = [1,
y = 2
