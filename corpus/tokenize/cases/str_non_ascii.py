# tests: non-ASCII text in strings and comments (UTF-8 by default)
# expect 3.0-3.15: ok
x = 'café ☕ 𝄞'  # naïve
