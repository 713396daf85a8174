# tests: __future__ imports of real features
# expect 3.0-3.15: ok
from __future__ import division, print_function
from __future__ import (absolute_import,
                        with_statement)
