#!/usr/bin/env python

# coding: latin-1
x = 'é'
# tests: a declaration on line 3 is ignored: the latin-1 byte is invalid UTF-8
# expect 3.0-3.15: error
