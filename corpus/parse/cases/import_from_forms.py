# tests: from-imports: relative levels, aliases, parentheses, trailing comma, star
# expect 3.0-3.15: ok
from a import b
from a.b import c as d, e
from . import x
from .. import y
from .a import z
from ...a.b import w
from a import (b,
               c as d,)
from a import *
