# coding: nope
x = 1
# tests: an unknown encoding name: 'unknown encoding: nope'
# expect 3.0-3.15: error
