# tests: `from a import (*)`
# expect 3.0-3.15: error
from a import (*)
