# tests: `from a import b,` without parentheses
# expect 3.0-3.15: error
from a import b,
