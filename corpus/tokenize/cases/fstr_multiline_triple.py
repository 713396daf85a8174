# tests: a triple-quoted f-string over several lines with fields
# expect 3.0-3.5: error
# expect 3.6-3.15: ok
# level: parser 3.0-3.5
x = f'''
{a}
  {b!r:>3}
'''
