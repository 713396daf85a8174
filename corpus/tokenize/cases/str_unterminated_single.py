# tests: 'unterminated string literal' / 'EOL while scanning string literal'
# expect 3.0-3.15: error
x = 'abc
y = 2
