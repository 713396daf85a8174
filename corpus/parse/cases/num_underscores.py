# tests: underscores in numeric literals (PEP 515, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
x = (1_000, 0x_ff, 0b_1, 0o_7, 1_0.0_1e1_0, 1_0j, 0_0)
