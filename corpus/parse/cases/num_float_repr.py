# tests: floats whose repr switches between fixed and exponent notation
# expect 3.0-3.15: ok
x = (1e15, 1e16, 0.0001, 0.00001, 1.7976931348623157e308, 123456789012345678901234567890.0, 0.1 + 0.2, 3.141592653589793238)
