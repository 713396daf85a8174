# tests: `rb''` (3.3+)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
x = (rb'x', Rb'x', rB'x', RB'\d')
