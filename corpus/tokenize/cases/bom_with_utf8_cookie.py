# -*- coding: utf-8 -*-
x = 'é'
# tests: a BOM with a matching utf-8 declaration
# expect 3.0-3.15: ok
