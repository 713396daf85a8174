# tests: precedence: unary and power, not and comparisons, conditional expressions
# expect 3.0-3.15: ok
-a ** -b
not a == b
a if b else c if d else e
a or b and not c
(a + b) * c
a | b ^ c & d << e + f * -g ** h
