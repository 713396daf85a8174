# tests: underscores in numbers (PEP 515, 3.6+)
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5 (`1_000` is NUMBER `1` then NAME `_000` before 3.6)
x = (1_000, 0x_ff, 0xf_f, 0o_17, 0b_1, 1_0.0_1, 1e1_0, 1_0j, 0_0, 00_0)
