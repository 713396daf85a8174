# tests: a __future__ import after other statements (the compiler's error)
# expect 3.0-3.15: ok
import os
from __future__ import annotations
