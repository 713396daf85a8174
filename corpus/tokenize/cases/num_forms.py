# tests: decimal, hex, octal, binary integers, floats, exponents and imaginary literals
# expect 3.0-3.15: ok
x = (0, 00, 000, 1, 123, 0x1F, 0X1f, 0o17, 0O17, 0b101, 0B1,
     1.0, 1., .5, 1e10, 1E-5, 1.5e+3, 0e0, 000.5, 0777.0, 0777e1, 09.5,
     1j, 1.5J, 1e3j, 00j, 0777j, .5j)
