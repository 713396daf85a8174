# coding: ascii
x = 'é'
# tests: an ascii declaration with a non-ASCII byte
# expect 3.0-3.15: error
