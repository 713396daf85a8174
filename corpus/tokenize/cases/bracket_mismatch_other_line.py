# tests: mismatched closing bracket on a later line ('... on line 1')
# expect 3.0-3.15: error
# level: parser 3.0-3.7
x = {1: [2,
    3)}
