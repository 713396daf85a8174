# coding=ISO_8859_1
x = 'é'
# tests: another spelling of latin-1 (iso-8859-1, normalized to iso-8859-1)
# expect 3.0-3.15: ok
