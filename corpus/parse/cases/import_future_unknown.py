# tests: an unknown __future__ feature: compiler error until 3.13, parser error from 3.14
# expect 3.0-3.13: ok
# expect 3.14-3.15: error
from __future__ import no_such_feature
