# tests: a no-break space (U+00A0) is not whitespace: 'invalid non-printable character'
# expect 3.0-3.15: error
x = 1
