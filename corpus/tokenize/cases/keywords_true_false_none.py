# tests: True, False, None are keywords (assigning to them fails in the parser)
# expect 3.0-3.15: error
# level: parser
True = 1
