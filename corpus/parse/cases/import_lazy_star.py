# tests: `lazy from a import *` passes the 3.15 parser (the symtable rejects it)
# expect 3.0-3.14: error
# expect 3.15: ok
lazy from a import *
