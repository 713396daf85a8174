# tests: `from ... import x`: the dots are an ELLIPSIS token (level 3), `....` is level 4
# expect 3.0-3.15: ok
from ... import x
from .... import y
from ....a import z
from . . . import w
