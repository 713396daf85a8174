# tests: 'f-string: expressions nested too deeply' (a field in a field in a spec) before 3.12; PEP 701 allows it
# expect 3.0-3.11: error
# expect 3.12-3.15: ok
# level: parser 3.0-3.5
x = f'{a:{b:{c}}}'
