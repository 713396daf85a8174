# tests: __peg_parser__ is a keyword in 3.9 only
# expect 3.0-3.8: ok
# expect 3.9: error
# expect 3.10-3.15: ok
__peg_parser__
