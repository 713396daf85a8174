# tests: float literals; repr of inf, tiny and subnormal values
# expect 3.0-3.15: ok
x = (1.0, 1., .5, 1e10, 1E-5, 1.5e+3, 0.1, 1e308, 1e309, 2.5e-324, 5e-324, 1e-400, 0e0, 00.5, 09.5, 0.)
