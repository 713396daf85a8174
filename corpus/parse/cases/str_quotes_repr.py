# tests: repr chooses its quotes: both kinds of quote, backslashes
# expect 3.0-3.15: ok
x = ("it's", 'say "hi"', 'both \' and "', "\\", '\'')
