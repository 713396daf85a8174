# tests: a file holding only comments gives COMMENT and NL tokens
# expect 3.0-3.15: ok
# one
# two
   # indented
