# tests: invalid escapes are accepted (a warning from 3.6)
# expect 3.0-3.15: ok
x = '\d \q'
