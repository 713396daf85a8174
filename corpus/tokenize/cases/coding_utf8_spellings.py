# coding: utf8
x = 'é'
# tests: utf-8 spelled utf8 / UTF_8
# expect 3.0-3.15: ok
