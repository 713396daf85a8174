# tests: `f((a)=1)` up to 3.7
# expect 3.0-3.7: ok
# expect 3.8-3.15: error
f((a)=1)
