# -*- coding: latin-1 -*-
x = 'café'
# tests: a latin-1 declaration on line 1
# expect 3.0-3.15: ok
