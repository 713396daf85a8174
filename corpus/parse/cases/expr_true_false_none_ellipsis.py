# tests: True, False, None and ... are constants
# expect 3.0-3.15: ok
True
False
None
...
x = ...
f(...)
