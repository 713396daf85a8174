# tests: comment-only and blank lines do not change indentation
# expect 3.0-3.15: ok
if x:
    a = 1
  # a comment at another indentation

        
    b = 2
# comment at column 0
    c = 3
