# tests: `from __future__ import braces`: the compiler's joke until 3.13, the parser's error from 3.14
# expect 3.0-3.13: ok
# expect 3.14-3.15: error
from __future__ import braces
