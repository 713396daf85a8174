# tests: `1._5`: no digit after the point, then a name
# expect 3.0-3.15: error
# level: parser 3.0-3.9 (NUMBER `1.` then NAME `_5` until 3.10 checks the end of a number)
x = 1._5
