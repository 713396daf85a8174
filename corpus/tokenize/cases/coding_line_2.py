#!/usr/bin/env python
# vim: set fileencoding=latin-1 :
x = 'é'
# tests: a declaration on line 2 after a shebang (vim style)
# expect 3.0-3.15: ok
