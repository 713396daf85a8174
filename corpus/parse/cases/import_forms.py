# tests: import with dotted names and aliases
# expect 3.0-3.15: ok
import a
import a.b.c
import a as b, c.d as e
import a.b as c
