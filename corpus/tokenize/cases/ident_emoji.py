# tests: an emoji is an invalid character
# expect 3.0-3.15: error
x = 😀
