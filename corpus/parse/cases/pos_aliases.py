# tests: alias positions (3.10+) in imports over several lines
# expect 3.0-3.15: ok
import a.b.c as d, e
from f.g import (
    h as i,
    j,
)
from . import *
