# tests: unary operators
# expect 3.0-3.15: ok
-a
+a
~a
not a
- - a
-(-a)
