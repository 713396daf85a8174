# tests: `\N{...}` with name aliases (3.3+)
# expect 3.0-3.2: error
# expect 3.3-3.15: ok
x = '\N{NBSP}\N{LINE FEED}\N{LATIN CAPITAL LETTER GHA}\N{BYTE ORDER MARK}'
