# tests: `f'{x:=1}'` is x with the format spec '=1'
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = f'{x:=1}'
