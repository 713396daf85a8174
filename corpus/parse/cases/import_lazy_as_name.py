# tests: `lazy` stays an ordinary name
# expect 3.0-3.15: ok
lazy = 1
lazy.x = 2
lazy(3)
lazy[4]
import lazy
