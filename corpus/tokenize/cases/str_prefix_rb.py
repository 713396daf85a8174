# tests: `rb''` (3.3+; before, NAME `rb` then STRING)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
# level: parser 3.0-3.2
x = (rb'a', Rb'a', rB'a', RB'a')
