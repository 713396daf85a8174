# tests: in-source `barry_as_FLUFL` makes `<>` NOTEQUAL for the parser only from 3.14
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
from __future__ import barry_as_FLUFL
x = 1 <> 2
