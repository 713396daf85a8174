# tests: non-ASCII characters written in the source
# expect 3.0-3.15: ok
x = 'é中😀🫨'
y = "ab​cd"
