# tests: `from .__future__ import braces` is an ordinary relative import
# expect 3.0-3.15: ok
from .__future__ import braces
