# tests: an in-source `from __future__ import barry_as_FLUFL` enables `<>` for the parser from 3.14
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
# level: parser
from __future__ import barry_as_FLUFL
x = 1 <> 2
