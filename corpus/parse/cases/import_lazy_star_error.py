# tests: `lazy from a import *` is rejected by the parser
# expect 3.0-3.15: error
lazy from a import *
