# tests: other quote kinds inside a field are fine in every version
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f"{a['b']}" + f'{a["b"]}' + f'''{a["b"] + a['c']}'''
