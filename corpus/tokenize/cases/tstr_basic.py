# tests: template strings with fields, conversions and specs (3.14+)
# expect 3.0-3.13: error
# expect 3.14-3.15: ok
# level: parser 3.0-3.13
x = (t'{a}', T'{a!r:>{w}}', t'{a=}', tr'\d{a}', t'''{a}
''')
