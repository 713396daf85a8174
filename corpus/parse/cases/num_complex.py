# tests: imaginary literals
# expect 3.0-3.15: ok
x = (1j, 1.5j, 1e10j, 0j, 1J, 1e400j, 00j, 09j, .5j)
