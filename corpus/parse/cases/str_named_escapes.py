# tests: `\N{...}` escapes by name, any case
# expect 3.0-3.15: ok
x = '\N{LATIN SMALL LETTER E WITH ACUTE}\N{DIGIT ONE}\N{EM SPACE}\N{latin small letter a}'
